using System.Text.RegularExpressions;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>A simple cell check standing in for the form's own: the shapes of IDs and phones, patterns, lengths, choices.</summary>
internal static class TestCellRules
{
    public const string CitizenIdMessage = "số CCCD phải có 12 chữ số";
    public const string PhoneMessage = "số điện thoại phải có 10 chữ số, bắt đầu bằng 0";

    public static string? Check(FormField column, string value) => column.Type switch
    {
        FieldType.CitizenId when !Regex.IsMatch(value, "^[0-9]{12}$") => CitizenIdMessage,
        FieldType.Phone when !Regex.IsMatch(value, "^0[0-9]{9}$") => PhoneMessage,
        FieldType.Choice when column.Choices.All(c => c.Label != value) => "không có trong danh sách lựa chọn",
        _ when column.Pattern is { } pattern && !Regex.IsMatch(value, pattern) => column.PatternError,
        _ when value.Length > column.MaxLength => $"dài quá {column.MaxLength} ký tự",
        _ => null,
    };
}
