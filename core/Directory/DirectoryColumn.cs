using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Directory;

/// <summary>
/// One column of a directory table: the key its value goes by, the Vietnamese header people write (the JSON property
/// name is taken too), and how a spreadsheet cell is read (a phone number keeps the leading zero Excel drops).
/// </summary>
public sealed record DirectoryColumn(string Key, string LabelKey, bool Required, FieldType CellType = FieldType.Text)
{
    public string Label => DirectoryText.Vietnamese(LabelKey);

    /// <summary>The column as a form field, so spreadsheet cells are read the way annex lists are.</summary>
    internal FormField AsField() => new() { Name = Key, Label = Label, Type = CellType, Required = Required };

    public static IReadOnlyList<DirectoryColumn> Units { get; } =
    [
        new("code", "ColCode", true), new("name", "ColName", true), new("jurisdictionCode", "ColJurisdiction", true),
        new("level", "ColLevel", true), new("parentCode", "ColParent", false), new("kind", "ColKind", false),
    ];

    public static IReadOnlyList<DirectoryColumn> People { get; } =
    [
        new("login", "ColLogin", true), new("fullName", "ColFullName", true), new("position", "ColPosition", false),
        new("unitCode", "ColUnitCode", true), new("email", "ColEmail", false), new("phone", "ColPhone", false, FieldType.Phone),
        new("roles", "ColRoles", false), new("accounts", "ColAccounts", false),
        new("aadObjectId", "ColAadObjectId", false), new("userPrincipalName", "ColUserPrincipalName", false),
    ];

    public static IReadOnlyList<DirectoryColumn> Of(DirectoryTableKind kind) => kind == DirectoryTableKind.Units ? Units : People;

    public static string TableName(DirectoryTableKind kind) => DirectoryText.Vietnamese(kind == DirectoryTableKind.Units ? "TableUnits" : "TablePeople");
}
