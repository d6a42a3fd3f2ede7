namespace InternalTthc.Cards.Model;

/// <summary>A small picture drawn by the service itself (a QR code), as a data URL; text channels leave it out.</summary>
public sealed record ImageElement(string DataUrl, string AltText) : CardElement;
