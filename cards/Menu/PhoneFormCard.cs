using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;

namespace InternalTthc.Cards.Menu;

/// <summary>Asks the person to share his phone number through the channel's own form, to find him in the directory.</summary>
public static class PhoneFormCard
{
    public static Card Create()
    {
        var form = new PhoneForm(CardText.Get("PhoneFormTitle"), CardText.Get("PhoneFormSubtitle"));
        return new Card
        {
            Body = [new TextElement(form.Title, TextRole.Heading), new TextElement(form.Subtitle)],
            PhoneForm = form,
            Summary = form.Title,
        };
    }
}
