namespace InternalTthc.Core.Catalog;

/// <summary>One line of "Cơ quan thực hiện", e.g. Role "Cơ quan có thẩm quyền quyết định", Name "Sở Khoa học và Công nghệ".</summary>
public sealed record PublishedAgency(string Role, string Name);
