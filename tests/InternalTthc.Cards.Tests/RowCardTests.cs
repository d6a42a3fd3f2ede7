using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Tests;

/// <summary>The annex row card shows every column, one that depends on another cell with its hint instead of hiding it.</summary>
public sealed class RowCardTests
{
    [Fact]
    public void A_column_asked_only_for_some_rows_is_shown_with_when_and_not_marked_required()
    {
        var kind = new FormField
        {
            Name = "unitKind", Label = "Loại đơn vị", Type = FieldType.Choice, Required = true,
            Choices = [new("province", "Cấp tỉnh"), new("commune-committee", "UBND xã")],
        };
        var condition = new FieldCondition { Field = "unitKind", In = ["commune-committee"] };
        var commune = new FormField { Name = "communeName", Label = "Tên xã", Type = FieldType.Text, ShownWhen = condition, RequiredWhen = condition };
        var list = new FormField { Name = "units", Label = "Đơn vị", Type = FieldType.Rows, Columns = [kind, commune] };
        var procedure = new Procedure
        {
            Code = "tst", Name = "Thủ tục thử", Field = "CNTT", Source = new ProcedureSource("doc", "1"), Published = new PublishedFields(),
            Deadline = DeadlineRule.WorkingDays(2), Filing = new FilingPolicy { Who = Filer.FocalPoint }, Routing = new ProcedureRouting { ExecutingUnit = "x" }, Form = [list],
        };
        var view = new FormView { SessionId = Guid.NewGuid(), Procedure = procedure, Fields = [list] };

        var card = RowCard.Create(view, list, 1, true, new Dictionary<string, string>(), new Dictionary<string, string>());

        var input = card.Body.OfType<InputElement>().Single(i => i.Id == RowCard.CellPrefix + "communeName");
        Assert.False(input.Required);
        Assert.Equal("(chỉ ghi và bắt buộc ghi khi Loại đơn vị là UBND xã)", input.Help);
    }
}
