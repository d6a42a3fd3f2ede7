using System.Collections.Frozen;
using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Conversations.Linking;

/// <summary>
/// Whether a message asks for a link code ("liên kết tài khoản"), by its exact words with or without diacritics. Not one
/// of the understanding's commands: the kind model has no such kind, and nothing but <see cref="AccountLinkStep"/> acts on it.
/// </summary>
public static class LinkCodeRequest
{
    private static readonly FrozenSet<string> Phrases = new[]
    {
        "liên kết zalo", "liên kết tài khoản", "liên kết tài khoản zalo", "mã liên kết", "kết nối zalo", "lấy mã liên kết",
    }.Select(VietnameseText.Fold).ToFrozenSet(StringComparer.Ordinal);

    public static bool Asks(string text) => Phrases.Contains(VietnameseText.Fold(text.Trim().TrimEnd('.', '!', '?')));
}
