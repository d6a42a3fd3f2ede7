using System.Globalization;
using System.Text.RegularExpressions;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using InternalTthc.Core.Text;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>Form and validation texts exist in both languages with the same placeholders, and speak the person's language.</summary>
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

    [Fact]
    public void Every_validation_text_has_an_English_text_with_the_same_placeholders()
    {
        var vietnamese = ValidationText.Keys(CultureInfo.InvariantCulture).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(vietnamese);
        Assert.Equal(vietnamese, ValidationText.Keys(CultureInfo.GetCultureInfo("en")).Order(StringComparer.Ordinal).ToList());
        var args = Enumerable.Range(0, 3).Select(i => (object)$"<{i}>").ToArray();
        foreach (var key in vietnamese)
        {
            Assert.Equal(Placeholders(ValidationText.Get(CultureInfo.GetCultureInfo("vi"), key, args)), Placeholders(ValidationText.Get(CultureInfo.GetCultureInfo("en"), key, args)));
        }
    }

    [Fact]
    public async Task A_refused_answer_is_explained_in_the_language_of_the_person_answering()
    {
        var field = new FormField { Name = "email", Label = "Thư điện tử", Type = FieldType.Email, Required = true };
        var validator = new FieldValueValidator();

        Assert.Equal("Vui lòng nhập \"Thư điện tử\".", validator.Check(field, "").Error);
        Assert.Equal("Please fill in \"Thư điện tử\".", await InLanguageAsync("en", () => validator.Check(field, "").Error));
        Assert.Equal("dòng 3: bắt buộc nhập", new AnnexFault(3, null, FormText.Get("Required")).ToString());
        Assert.Equal("row 3: required", await InLanguageAsync("en", () => new AnnexFault(3, null, FormText.Get("Required")).ToString()));
    }

    [Fact]
    public async Task An_English_message_names_the_field_by_its_English_label_and_a_Vietnamese_one_by_its_own()
    {
        var field = new FormField
        {
            Name = "unitKind", Label = "Loại đơn vị", LabelEn = "Kind of unit", Type = FieldType.Choice, Required = true,
            Choices = [new FieldChoice("province", "Cấp tỉnh")],
        };
        var validator = new FieldValueValidator();

        Assert.Equal("Please fill in \"Kind of unit\".", await InLanguageAsync("en", () => validator.Check(field, "").Error));
        Assert.Contains("\"Kind of unit\"", await InLanguageAsync("en", () => validator.Check(field, "cấp huyện").Error));
        Assert.Equal("Vui lòng nhập \"Loại đơn vị\".", validator.Check(field, "").Error);
    }

    /// <summary>What <paramref name="read"/> gives in a person's language; the language is the test's own again after.</summary>
    private static async Task<string?> InLanguageAsync(string language, Func<string?> read)
    {
        await Task.Yield();
        ResourceTexts.Use(language);
        return read();
    }

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, "<[0-9]>").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
