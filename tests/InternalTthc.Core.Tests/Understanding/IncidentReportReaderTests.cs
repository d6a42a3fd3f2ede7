using System.Text.Json;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Tests.Calendar;
using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>TestData/incidents.tsv, plus the link between the report and the published incident form.</summary>
public sealed class IncidentReportReaderTests
{
    private static readonly DateTimeOffset Reference = TestCalendar.Local("2026-04-23 14:30");
    private readonly IncidentReportReader _reader = new(TestTimeParser.Create());

    [Fact]
    public void Every_report_is_read_as_expected()
    {
        var rows = TestDataFile.Rows("incidents.tsv");
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var report = _reader.Read(row[0], Reference);
            var actual = string.Join(" | ", Describe(report));
            var expected = string.Join(" | ", row.Skip(1));
            if (actual != expected)
            {
                failures.Add($"  {row[0]}{Environment.NewLine}    expected {expected}{Environment.NewLine}    got      {actual}");
            }
        }
        Assert.True(rows.Count >= 12, $"only {rows.Count} reports");
        TestDataFile.Report("incident reports", rows.Count, failures);
    }

    [Fact]
    public void Field_names_and_sign_values_are_those_of_the_published_incident_form()
    {
        var form = ShippedCatalog.Catalog.ForJurisdiction("thua-thien-hue").Single(p => p.Flow == ProcedureFlow.IncidentInterview).Form;
        string[] fields = [IncidentFields.WhatHappened, IncidentFields.AffectedSystem, IncidentFields.Location,
            IncidentFields.StartedAt, IncidentFields.Signs, IncidentFields.ContactPhone];
        Assert.All(fields, name => Assert.Contains(form, f => f.Name == name));
        var choices = form.Single(f => f.Name == IncidentFields.Signs).Choices.Select(c => c.Value).ToList();
        Assert.All(new[] { IncidentFields.ServiceDown, IncidentFields.DataLoss, IncidentFields.Spreading, IncidentFields.Defacement },
            value => Assert.Contains(value, choices));
        Assert.All(SeverityRules.All.Where(r => r.Sign is not null), r => Assert.Contains(r.Sign!, choices));
    }

    [Fact]
    public void The_report_prefills_the_form_answers()
    {
        var answers = _reader.Read("website sở bị thay giao diện lúc 15h30 hôm qua, liên hệ 0912345678", Reference).ToFormAnswers();
        Assert.Equal("website sở", answers.Text(IncidentFields.AffectedSystem));
        Assert.Equal("2026-04-22 15:30", answers.Text(IncidentFields.StartedAt));
        Assert.Equal("2026-04-22", _reader.Read("website sở bị thay giao diện hôm qua", Reference).ToFormAnswers().Text(IncidentFields.StartedAt));
        Assert.Equal("0912345678", answers.Text(IncidentFields.ContactPhone));
        Assert.Equal(["defacement"], answers.Values[IncidentFields.Signs].EnumerateArray().Select(e => e.GetString()));
        Assert.False(answers.Values.ContainsKey(IncidentFields.Location));
    }

    [Fact]
    public void Severity_labels_read_in_vietnamese_and_english()
    {
        Assert.Equal("nghiêm trọng", UnderstandingLabels.Vietnamese(IncidentSeverity.High));
        Assert.Equal("high", UnderstandingLabels.English(IncidentSeverity.High));
        Assert.Equal("Mã độc", UnderstandingLabels.Vietnamese(IncidentKind.Malware));
    }

    private static IEnumerable<string> Describe(IncidentReport r) =>
    [
        r.Kind.ToString(), r.Severity.Severity.ToString(), r.AffectedSystem ?? "-", r.Location ?? "-",
        r.StartedAt is null ? "-" : TimeText.Show(r.StartedAt),
        r.Signs.Count == 0 ? "-" : string.Join(',', r.Signs), r.Missing.Count == 0 ? "-" : string.Join(',', r.Missing), r.ContactPhone ?? "-",
    ];
}
