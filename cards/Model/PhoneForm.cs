namespace InternalTthc.Cards.Model;

/// <summary>The channel's own form asking the person to share his phone number: its title and the line under it.</summary>
public sealed record PhoneForm(string Title, string Subtitle);
