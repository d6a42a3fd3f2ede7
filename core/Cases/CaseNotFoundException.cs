namespace InternalTthc.Core.Cases;

/// <summary>
/// No such case, or not one this person may see: both answer the same, so a guessed code
/// reveals nothing.
/// </summary>
public sealed class CaseNotFoundException() : Exception(CaseTexts.Get("NotFound"));
