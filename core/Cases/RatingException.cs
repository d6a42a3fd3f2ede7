namespace InternalTthc.Core.Cases;

/// <summary>A rating that cannot be taken (not the requester's side, no result yet, out of range); the message says why.</summary>
public sealed class RatingException(string message) : Exception(message);
