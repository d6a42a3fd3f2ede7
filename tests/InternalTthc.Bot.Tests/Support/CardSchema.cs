using System.Text.Json;
using InternalTthc.Testing;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>Checks cards against the official Adaptive Card 1.5 schema with ajv (tests/web/validate-cards.mjs).</summary>
public static class CardSchema
{
    public static async Task AssertValidAsync(IEnumerable<JsonElement> cards)
    {
        var folder = Directory.CreateTempSubdirectory("cards-");
        var count = 0;
        foreach (var card in cards)
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"card-{++count}.json"), card.GetRawText(), TestContext.Current.CancellationToken);
        }

        var (exit, output) = await NodeRunner.RunAsync("validate-cards.mjs", [folder.FullName], TestContext.Current.CancellationToken);
        folder.Delete(recursive: true);
        Assert.True(exit == 0, output);
        Assert.Contains($"{count} cards checked, 0 invalid", output);
    }
}
