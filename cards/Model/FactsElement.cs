namespace InternalTthc.Cards.Model;

/// <summary>Label–value pairs: a case's code, status, due date.</summary>
public sealed record FactsElement(IReadOnlyList<Fact> Facts) : CardElement;
