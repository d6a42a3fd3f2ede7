using InternalTthc.Cards.Forms;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Tests;

/// <summary>How a list's column is described before people type rows (Bắc Ninh's commune name depends on the kind of unit).</summary>
public sealed class ColumnHintTests
{
    private static readonly string[] CommuneKinds = ["commune-committee", "commune-party"];

    private static FormField Kind => new()
    {
        Name = "unitKind", Label = "Loại đơn vị", Type = FieldType.Choice, Required = true,
        Choices = [new("province", "Cấp tỉnh"), new("commune-committee", "UBND xã"), new("commune-party", "Đảng ủy xã")],
    };

    private static FormField Rows(FormField column) => new() { Name = "units", Label = "Đơn vị", Type = FieldType.Rows, Columns = [Kind, column] };

    // Two separately read conditions with the same values, as the JSON loader gives them.
    private static FieldCondition ForCommunes() => new() { Field = "unitKind", In = [.. CommuneKinds] };

    [Fact]
    public void A_column_shown_and_required_under_the_same_condition_is_described_once()
    {
        var column = new FormField { Name = "commune", Label = "Tên xã", Type = FieldType.Text, ShownWhen = ForCommunes(), RequiredWhen = ForCommunes() };

        var hint = ColumnHint.For(Rows(column), column);

        Assert.Equal("Tên xã (chỉ ghi và bắt buộc ghi khi Loại đơn vị là UBND xã / Đảng ủy xã)", hint);
    }

    [Fact]
    public void Different_conditions_are_each_described_and_an_optional_column_says_so()
    {
        var required = new FieldCondition { Field = "unitKind", EqualTo = "commune-party" };
        var both = new FormField { Name = "commune", Label = "Tên xã", Type = FieldType.Text, ShownWhen = ForCommunes(), RequiredWhen = required };
        var optional = new FormField { Name = "note", Label = "Ghi chú", Type = FieldType.Text };

        Assert.Equal("Tên xã (chỉ ghi khi Loại đơn vị là UBND xã / Đảng ủy xã) (bắt buộc khi Loại đơn vị là Đảng ủy xã)", ColumnHint.For(Rows(both), both));
        Assert.Equal("Ghi chú (có thể để trống)", ColumnHint.For(Rows(optional), optional));
        Assert.Equal("Loại đơn vị (1 = Cấp tỉnh, 2 = UBND xã, 3 = Đảng ủy xã)", ColumnHint.For(Rows(optional), Kind));
    }
}
