using System.Text.Json.Nodes;
using InternalTthc.Cards.Forms;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Questions;
using InternalTthc.Cards.Rendering;

namespace InternalTthc.Cards.Tests;

/// <summary>Issue 17.2: whatever a person typed reaches Teams and Web Chat as text, never as markdown, whoever built the card.</summary>
public sealed class TypedTextTests
{
    private const string Typed = "[bấm vào đây](https://evil.example) **gấp** <b>x</b> &amp; `mã`";

    [Theory]
    [InlineData(null)]
    [InlineData(Typed)]
    public void The_answer_search_intro_shows_the_words_searched_for_as_typed(string? noise)
    {
        var card = AnswerListCard.Create(Typed + noise, [CardSamples.SampleAnswer]);

        AssertNoMarkdown(new AdaptiveCardRenderer().Render(card));
    }

    [Fact]
    public void Review_facts_with_a_typed_annex_row_show_title_and_value_as_typed()
    {
        var procedure = CardSamples.Catalog.Procedures.First();
        var view = new FormView { SessionId = Guid.NewGuid(), Procedure = procedure, Fields = [] };
        var card = SummaryCard.Create(view, [new Fact(Typed, Typed), new Fact("Hộp thư", $"1. {Typed}\n2. {Typed}")], []);

        AssertNoMarkdown(new AdaptiveCardRenderer().Render(card));
    }

    [Fact]
    public void Any_text_block_or_fact_is_escaped_whether_or_not_its_author_remembered_it_was_typed()
    {
        var card = new Card
        {
            Body = [new TextElement(Typed), new TextElement($"# {Typed}", TextRole.Title), new FactsElement([new Fact(Typed, Typed)])],
            Summary = "s",
        };

        var json = new AdaptiveCardRenderer().Render(card);

        AssertNoMarkdown(json);
        Assert.Equal(@"\[bấm vào đây\](https\://evil\.example) \*\*gấp\*\* \<b\>x\</b\> \&amp; \`mã\`", json["body"]![0]!["text"]!.GetValue<string>());
    }

    /// <summary>No text a host reads as markdown has an unescaped character that could link, format or inject markup.</summary>
    private static void AssertNoMarkdown(JsonObject card)
    {
        foreach (var text in MarkdownTexts(card))
        {
            for (var i = 0; i < text.Length; i++)
            {
                if ("[]*_<>`&#~".Contains(text[i], StringComparison.Ordinal))
                {
                    Assert.True(i > 0 && text[i - 1] == '\\', $"Unescaped '{text[i]}' at {i} in: {text}");
                }
            }
        }
    }

    private static IEnumerable<string> MarkdownTexts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [o["text"]!.GetValue<string>()],
        JsonObject o when o["type"]?.GetValue<string>() == "FactSet" =>
            o["facts"]!.AsArray().SelectMany(f => new[] { f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>() }),
        JsonObject o => o.SelectMany(p => MarkdownTexts(p.Value)),
        JsonArray a => a.SelectMany(MarkdownTexts),
        _ => [],
    };
}
