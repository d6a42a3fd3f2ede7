namespace InternalTthc.Core.Understanding;

/// <summary>A day a reader settled on; <see cref="Moved"/> when the context chose it over the current period's.</summary>
internal readonly record struct ResolvedDay(DateOnly Date, bool Moved = false);
