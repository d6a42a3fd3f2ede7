using System.Globalization;
using System.Text.RegularExpressions;
using InternalTthc.Core.Forms;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>Form texts exist in both languages with the same placeholders.</summary>
public sealed class FormTextTests
{
    [Fact]
    public void Every_Vietnamese_text_has_an_English_text_with_the_same_placeholders()
    {
        var vietnamese = FormText.Keys(CultureInfo.InvariantCulture).Order(StringComparer.Ordinal).ToList();
        var english = FormText.Keys(CultureInfo.GetCultureInfo("en")).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(vietnamese);
        Assert.Equal(vietnamese, english);
        foreach (var key in vietnamese)
        {
            var args = Enumerable.Range(0, 3).Select(i => (object)$"<{i}>").ToArray();
            Assert.Equal(Placeholders(FormText.Vietnamese(key, args)), Placeholders(FormText.English(key, args)));
        }
    }

    [Fact]
    public void Vietnamese_texts_carry_their_diacritics()
    {
        Assert.Equal("bắt buộc nhập", FormText.Vietnamese("Required"));
        Assert.Equal("required", FormText.English("Required"));
    }

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, "<[0-9]>").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
