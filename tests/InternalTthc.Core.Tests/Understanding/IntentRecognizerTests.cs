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
    public void Unknown_text_is_unknown_in_every_jurisdiction(string text)
    {
        foreach (var jurisdiction in ShippedCatalog.Catalog.Jurisdictions)
        {
            var recognition = _recognizer.Recognize(text, jurisdiction.Code);
            Assert.True(recognition.Kind == RecognitionKind.Unknown, $"{jurisdiction.Code}: {text} => {recognition.Kind} {recognition.Match?.Procedure.Code}");
            Assert.Empty(recognition.Candidates);
        }
    }

    [Fact]
    public void Procedures_come_only_from_the_given_jurisdiction()
    {
        var recognition = _recognizer.Recognize("quên mật khẩu email", "hung-yen");
        Assert.All(recognition.Candidates, c => Assert.Equal("hung-yen", c.Procedure.JurisdictionCode));
        Assert.Equal(RecognitionKind.Unknown, _recognizer.Recognize("quên mật khẩu email", "no-such-province").Kind);
    }

    [Fact]
    public void A_procedure_added_to_the_catalog_is_recognised_without_code_change()
    {
        var added = TestCatalog.Procedure("lcu-signature") with
        {
            JurisdictionCode = "lai-chau",
            Name = "Cấp chứng thư số chuyên dùng cho cá nhân",
            ShortName = "Cấp chứng thư số",
            Keywords = ["chữ ký số", "chu ky so", "chứng thư số", "chung thu so", "usb token", "ký số văn bản"],
        };
        var files = ShippedCatalog.Catalog.Files.Select(f => f.Jurisdiction.Code == "lai-chau" ? f with { Procedures = [.. f.Procedures, added] } : f);
        var recognizer = new IntentRecognizer(new ProcedureCatalog(files));

        Assert.Equal("lcu-signature", recognizer.Recognize("xin cấp chữ ký số cho lãnh đạo", "lai-chau").Match?.Procedure.Code);
        Assert.Equal("lcu-signature", recognizer.Recognize("usb token het han", "lai-chau").Match?.Procedure.Code);
        Assert.Equal("lcu-mailbox-terminate", recognizer.Recognize("thu hồi hộp thư", "lai-chau").Match?.Procedure.Code);
    }

    [Fact]
    public void The_understanding_code_names_no_procedure()
    {
        var sources = System.IO.Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "core", "Understanding"), "*.cs")
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
