namespace InternalTthc.Core.Understanding;

/// <summary>
/// Names of the incident form's fields and of its "signs" choices, as the catalog publishes them
/// (thua-thien-hue.json, the incident procedure), so a report pre-fills that form.
/// </summary>
public static class IncidentFields
{
    public const string WhatHappened = "whatHappened";
    public const string AffectedSystem = "affectedSystem";
    public const string Location = "location";
    public const string StartedAt = "startedAt";
    public const string Signs = "signs";
    public const string ContactPhone = "contactPhone";

    public const string ServiceDown = "service-down";
    public const string DataLoss = "data-loss";
    public const string Spreading = "spreading";
    public const string Defacement = "defacement";
}
