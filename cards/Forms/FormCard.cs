using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Forms;

/// <summary>The form of a procedure as one card: every field the sub-case asks, with the server's errors under them.</summary>
public static class FormCard
{
    public static Card Create(FormView view)
    {
        var body = new List<CardElement>
        {
            new TextElement(view.Title, TextRole.Title),
        };
        body.AddRange(DeadlineLines.For(view.Procedure, "FormDeadline"));
        if (view.SubCase?.FormName is { } form) body.Add(new TextElement(CardText.Get("FormTemplateName", null, form), TextRole.Subtle));
        body.AddRange(view.Dates.Select(d => new TextElement(d, TextRole.Warning)));
        if (view.Errors.Count > 0)
        {
            body.Add(new TextElement(CardText.Get("FormHasErrors", null, view.Errors.Count), TextRole.Attention));
        }

        foreach (var field in view.Fields)
        {
            body.AddRange(field.Type == FieldType.Rows
                ? AnnexListInputs.For(view, field)
                : FormInputs.For(field, view.Values.GetValueOrDefault(field.Name), view.Errors.GetValueOrDefault(field.Name), view.Options(field)));
        }

        var session = ("session", view.SessionId.ToString("N"));
        return new Card
        {
            Body = body,
            Actions =
            [
                new CardButton(CardText.Get("ButtonContinue"), CardData.Action(CardData.SubmitForm, session), ButtonStyle.Positive),
                new CardButton(CardText.Get("ButtonCancel"), CardData.Action(CardData.CancelForm, session)) { Command = "hủy" },
            ],
            Summary = view.Title,
        };
    }
}
