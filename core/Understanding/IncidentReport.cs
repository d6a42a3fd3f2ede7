using System.Text.Json;
using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Understanding;

/// <summary>
/// What plain words say about a security incident, named after the incident form's fields
/// (<see cref="IncidentFields"/>), and which of those fields are still <see cref="Missing"/>.
/// </summary>
public sealed record IncidentReport
{
    /// <summary>The words as typed (NFC), for the form's "whatHappened".</summary>
    public required string WhatHappened { get; init; }

    public IncidentKind Kind { get; init; } = IncidentKind.Other;
    public string? AffectedSystem { get; init; }
    public string? Location { get; init; }

    /// <summary>When it started or was noticed, read in the incident context (the most recent past).</summary>
    public TimeReading? StartedAt { get; init; }

    /// <summary><see cref="StartedAt"/> as the form's date-time answer (<see cref="IncidentTime.Value"/>).</summary>
    public string? StartedAtValue => StartedAt is { } at ? IncidentTime.Value(at) : null;

    /// <summary>Values of the form's "signs" choices.</summary>
    public IReadOnlyList<string> Signs { get; init; } = [];

    public string? ContactPhone { get; init; }

    public required SeverityRule Severity { get; init; }

    /// <summary>Field names the bot still has to ask, in form order.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The found values as form answers: texts, "startedAt" as a date-time answer, "signs" as an array.</summary>
    public FormAnswers ToFormAnswers()
    {
        var answers = FormAnswers.Empty;
        foreach (var (name, value) in new[]
        {
            (IncidentFields.WhatHappened, WhatHappened), (IncidentFields.AffectedSystem, AffectedSystem),
            (IncidentFields.Location, Location), (IncidentFields.ContactPhone, ContactPhone),
            (IncidentFields.StartedAt, StartedAtValue),
        })
        {
            answers = string.IsNullOrWhiteSpace(value) ? answers : answers.With(name, value);
        }
        return Signs.Count == 0 ? answers : answers.With(IncidentFields.Signs, JsonSerializer.SerializeToElement(Signs));
    }
}
