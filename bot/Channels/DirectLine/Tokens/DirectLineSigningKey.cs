using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Channels.DirectLine.Tokens;

/// <summary>
/// The HMAC key of the tokens: from DirectLine:TokenSecret, or in Development (where the setting may be empty) a
/// random key of this process, so tokens die with it and other instances do not accept them.
/// </summary>
public sealed class DirectLineSigningKey
{
    public DirectLineSigningKey(IOptions<DirectLineOptions> options, ILogger<DirectLineSigningKey> logger)
    {
        var secret = options.Value.TokenSecret;
        if (string.IsNullOrEmpty(secret))
        {
            // The validator allows this only in Development.
            Key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
            IsRandom = true;
            logger.LogWarning("DirectLine:TokenSecret is empty: Web Chat tokens are signed with a random key of this process "
                + "(Development only). They stop working at restart and on other instances.");
        }
        else
        {
            // Hashing gives the 256-bit key HMAC-SHA256 wants whatever the secret's length.
            Key = new SymmetricSecurityKey(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        }
    }

    public SymmetricSecurityKey Key { get; }

    public bool IsRandom { get; }
}
