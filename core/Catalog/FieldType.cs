namespace InternalTthc.Core.Catalog;

public enum FieldType
{
    Text,
    LongText,
    Email,
    Phone,
    /// <summary>Số định danh cá nhân / CCCD: 12 digits. Masked in logs.</summary>
    CitizenId,
    Number,
    Date,
    DateTime,
    Choice,
    MultiChoice,
    /// <summary>A unit of the directory.</summary>
    Unit,
    /// <summary>A person of the directory, usually of the requester's unit.</summary>
    Person,
    File,
    /// <summary>Repeatable rows with <see cref="FormField.Columns"/> (annex lists such as Cần Thơ's Phụ lục I).</summary>
    Rows,
}
