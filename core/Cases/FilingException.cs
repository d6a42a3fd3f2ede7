namespace InternalTthc.Core.Cases;

/// <summary>The person may not file this procedure (not the focal point, wrong kind of unit...); the message says why.</summary>
public sealed class FilingException(string message) : Exception(message);
