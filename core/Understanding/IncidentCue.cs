namespace InternalTthc.Core.Understanding;

/// <summary>Words that tell what happened: the kind they suggest and the form's sign they show, either optional.</summary>
internal sealed record IncidentCue(string Phrase, IncidentKind? Kind, string? Sign);
