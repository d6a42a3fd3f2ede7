using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using InternalTthc.Cards.Questions;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Bot.Questions;

/// <summary>
/// The public question-and-answer page as plain HTML: a search form that works without script, then each answer
/// with its question and what the answer must state, in a description list screen readers announce as such.
/// </summary>
public static class AnswerPage
{
    // Vietnamese stays readable in the source of the page; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string? sought, string? jurisdictionCode, IEnumerable<JurisdictionInfo> jurisdictions, IReadOnlyList<AnswerView> answers)
    {
        var title = E(CardText.Get("AnswersTitle"));
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{title}}</title><link rel="stylesheet" href="/answers.css"></head>
            <body>
            <header><h1>{{title}}</h1><p>{{E(CardText.Get("AnswerPageIntro"))}}</p></header>
            <main>
            <form method="get" action="/hoi-dap" role="search">
            <label for="q">{{E(CardText.Get("AnswerPageSearchLabel"))}}</label>
            <input id="q" name="q" type="search" value="{{E(sought ?? "")}}">
            <label for="tinh">{{E(CardText.Get("AnswerJurisdiction"))}}</label>
            <select id="tinh" name="tinh"><option value="">{{E(CardText.Get("AnswerPageAll"))}}</option>
            """);
        foreach (var j in jurisdictions)
        {
            html.Append($"<option value=\"{E(j.Code)}\"{(j.Code == jurisdictionCode ? " selected" : "")}>{E(j.Name)}</option>");
        }

        html.Append($"</select>\n<button type=\"submit\">{E(CardText.Get("AnswerPageSubmit"))}</button>\n</form>\n");
        html.Append($"<section aria-labelledby=\"results\"><h2 id=\"results\">{E(AnswerListCard.Intro(sought, answers.Count))}</h2>\n");
        foreach (var a in answers)
        {
            html.Append($"<article><h3>{E(CardText.Get("AnswerQuestionTitle", null, a.Code))}</h3>\n<p class=\"question\">{E(a.Question)}</p>\n<dl>");
            foreach (var fact in a.Facts())
            {
                html.Append($"<dt>{E(fact.Title)}</dt><dd>{E(fact.Value)}</dd>");
            }

            html.Append("</dl></article>\n");
        }

        html.Append($"</section>\n<footer><p>{E(CardText.Get("AnswersReference"))}</p></footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => Encoder.Encode(text);
}
