using System.Collections.Concurrent;

namespace InternalTthc.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// Tokens already verified, by their exact text: a channel sends the same token with every activity for its lifetime, and
/// its signature check (the RSA verification, the JSON of its claims) need not run again. Only successes are kept, so a
/// forged or altered token (another text) is always verified in full. Bounded: when full, expired entries go, and if
/// none has expired, all of them (the next requests verify again).
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time, int capacity = ValidatedTokenCache.DefaultCapacity)
{
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, ValidatedToken> _tokens = new(StringComparer.Ordinal);

    public int Count => _tokens.Count;

    public ValidatedToken? Find(string token) => _tokens.GetValueOrDefault(token);

    public void Keep(string token, ValidatedToken validated)
    {
        if (_tokens.Count >= capacity)
        {
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var (text, known) in _tokens)
            {
                if (SignedTokenValidator.CheckLifetime(now, known.NotBefore, known.Expires) is not null)
                {
                    _tokens.TryRemove(text, out _);
                }
            }

            if (_tokens.Count >= capacity)
            {
                _tokens.Clear();
            }
        }

        _tokens[token] = validated;
    }

    /// <summary>Forgets a token whose key is no longer the one published under its id.</summary>
    public void Forget(string token) => _tokens.TryRemove(token, out _);
}
