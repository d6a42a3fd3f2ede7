namespace InternalTthc.Cards.Model;

/// <summary>One block of a card's body.</summary>
public abstract record CardElement;
