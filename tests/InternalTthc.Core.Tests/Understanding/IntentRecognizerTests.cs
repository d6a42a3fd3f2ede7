using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Tests.Support;
using InternalTthc.Core.Understanding;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>What the utterance file cannot show: unknown text, a new catalog entry, and that the code names no procedure.</summary>
public sealed class IntentRecognizerTests
{
    private readonly IntentRecognizer _recognizer = new(ShippedCatalog.Catalog);

    [Theory]
    [InlineData("thời tiết hôm nay thế nào")]
    [InlineData("asdfgh")]
    [InlineData("thoi tiet hom nay the nao")]
    [InlineData("giá xăng hôm nay bao nhiêu")]
    [InlineData("bạn tên là gì")]
    [InlineData("123456")]
    [InlineData("")]
    [InlineData("😀😀")]
    [InlineData("ok")]
    public void Unknown_text_starts_nothing_in_any_jurisdiction(string text)
    {
        foreach (var jurisdiction in ShippedCatalog.Catalog.Jurisdictions)
        {
            var recognition = _recognizer.Recognize(text, jurisdiction.Code);
            Assert.True(recognition.Kind == RecognitionKind.Unknown, $"{jurisdiction.Code}: {text} => {recognition.Kind} {recognition.Match?.Procedure.Code}");
            Assert.All(recognition.Choices, c => Assert.Equal(jurisdiction.Code, c.Procedure!.Procedure.JurisdictionCode));
        }
    }

    [Fact]
    public void Procedures_come_only_from_the_given_jurisdiction()
    {
        var recognition = _recognizer.Recognize("quên mật khẩu email", "hung-yen");
        Assert.Equal(RecognitionKind.NotOffered, recognition.Kind);
        Assert.All(recognition.Choices, c => Assert.Equal("hung-yen", c.Procedure!.Procedure.JurisdictionCode));
        var nowhere = _recognizer.Recognize("quên mật khẩu email", "no-such-province");
        Assert.Equal((RecognitionKind.NotOffered, RequestKind.Password), (nowhere.Kind, nowhere.Missing));
        Assert.Empty(nowhere.Choices);
    }

    [Fact]
    public void A_procedure_added_to_the_catalog_is_recognised_by_its_kind_without_keywords_or_code_change()
    {
        var added = TestCatalog.Procedure("lcu-password") with
        {
            JurisdictionCode = "lai-chau",
            Name = "Đặt lại mật khẩu tài khoản thư công vụ",
            Keywords = [],
            Kinds = [RequestKind.Password],
        };
        var files = ShippedCatalog.Catalog.Files.Select(f => f.Jurisdiction.Code == "lai-chau" ? f with { Procedures = [.. f.Procedures, added] } : f);
        var recognizer = new IntentRecognizer(new ProcedureCatalog(files));

        Assert.Equal("lcu-password", recognizer.Recognize("em quên pass mail rồi, cấp lại giúp em", "lai-chau").Match?.Procedure.Code);
        Assert.Equal("lcu-password", recognizer.Recognize("mail ko vao dc", "lai-chau").Match?.Procedure.Code);
        Assert.Equal("lcu-mailbox-terminate", recognizer.Recognize("thu hồi hộp thư", "lai-chau").Match?.Procedure.Code);
    }

    [Fact]
    public void A_mailbox_one_cannot_get_into_is_understood_in_every_jurisdiction()
    {
        foreach (var jurisdiction in ShippedCatalog.Catalog.Jurisdictions)
        {
            var recognition = _recognizer.Recognize("mail ko vao dc", jurisdiction.Code);
            Assert.True(recognition.Kind == RecognitionKind.Procedure || (recognition.Kind == RecognitionKind.NotOffered && recognition.Choices.Count > 0),
                $"{jurisdiction.Code}: {recognition.Kind}");
        }
        Assert.Equal("cto-mailbox-password", _recognizer.Recognize("mail ko vao dc", "can-tho").Match?.Procedure.Code);
    }

    [Fact]
    public void A_request_the_province_lacks_offers_what_it_has_closest()
    {
        var recognition = _recognizer.Recognize("cấp lại mật khẩu email", "lai-chau");
        Assert.Equal((RecognitionKind.NotOffered, RequestKind.Password), (recognition.Kind, recognition.Missing));
        Assert.Equal(["lcu-mailbox-grant/change", "lcu-system-support/"], recognition.Choices.Select(c => $"{c.Procedure!.Procedure.Code}/{c.Procedure.SubCase?.Code}"));
    }

    [Fact]
    public void Every_example_offered_to_a_jurisdiction_is_one_it_serves()
    {
        foreach (var jurisdiction in ShippedCatalog.Catalog.Jurisdictions)
        {
            var procedures = ShippedCatalog.Catalog.ForJurisdiction(jurisdiction.Code).ToList();
            foreach (var example in RequestExamples.For(procedures))
            {
                var recognition = _recognizer.Recognize(example, jurisdiction.Code);
                Assert.True(recognition.Kind is RecognitionKind.Procedure or RecognitionKind.Ambiguous && recognition.Band == ConfidenceBand.High,
                    $"{jurisdiction.Code}: \"{example}\" => {recognition.Kind} {recognition.Band}");
            }
        }
        Assert.DoesNotContain("cấp lại mật khẩu email", RequestExamples.For(ShippedCatalog.Catalog.ForJurisdiction("lai-chau")));
    }

    [Fact]
    public void A_procedure_typed_by_its_name_or_short_name_as_the_menu_shows_it_is_that_procedure_of_the_jurisdiction()
    {
        foreach (var jurisdiction in ShippedCatalog.Catalog.Jurisdictions)
        {
            var offered = ShippedCatalog.Catalog.ForJurisdiction(jurisdiction.Code);
            foreach (var procedure in offered)
            {
                foreach (var typed in new[] { procedure.Name, procedure.ShortName }.OfType<string>())
                {
                    // Two procedures may share a name across sub-lists: the first in the catalog's order is the one meant.
                    var folded = Core.Text.VietnameseText.Fold(typed);
                    var expected = offered.First(p => Core.Text.VietnameseText.Fold(p.Name) == folded || (p.ShortName is { } s && Core.Text.VietnameseText.Fold(s) == folded));
                    var recognition = _recognizer.Recognize($"  {Core.Text.VietnameseText.Fold(typed).ToUpperInvariant()}. ", jurisdiction.Code);
                    Assert.True(recognition.Kind == RecognitionKind.Procedure && recognition.Match!.Procedure == expected,
                        $"{jurisdiction.Code}: {typed} => {recognition.Kind} {recognition.Match?.Procedure.Code}");
                }
            }
        }
    }

    [Fact]
    public void The_understanding_code_names_no_procedure()
    {
        var sources = System.IO.Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "core", "Understanding"), "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var names = ShippedCatalog.Catalog.Procedures
            .SelectMany(p => new[] { p.Code, p.Name, p.ShortName }.Concat(p.SubCases.Select(s => s.Name)))
            .OfType<string>();
        var found = names.SelectMany(name => sources.Where(s => s.Value.Contains(name, StringComparison.OrdinalIgnoreCase)).Select(s => $"{s.Key}: {name}"));
        Assert.Empty(found);
    }

    [Fact]
    public void The_readers_are_registered_with_the_calendar_and_catalog()
    {
        using var services = new ServiceCollection()
            .AddWorkingCalendar(new CalendarOptions())
            .AddSingleton(ShippedCatalog.Catalog)
            .AddUnderstanding()
            .BuildServiceProvider();
        Assert.Equal(RecognitionKind.Command, services.GetRequiredService<IntentRecognizer>().Recognize("hủy", "lai-chau").Kind);
        var reading = services.GetRequiredService<VietnameseTimeParser>().Parse("hôm qua", new FakeClock().GetUtcNow(), TimeContext.Incident);
        Assert.Equal(new DateOnly(2026, 3, 1), DateOnly.FromDateTime(reading!.Start.DateTime));
        Assert.NotNull(services.GetRequiredService<IncidentReportReader>());
        Assert.NotEmpty(services.GetRequiredService<QuestionRules>().Check("asdf", null));
    }
}
