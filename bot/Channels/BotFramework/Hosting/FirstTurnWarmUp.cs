using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternalTthc.Bot.Channels.BotFramework.Hosting;

/// <summary>
/// The first signed turn's own code, run once at start so that the first turn does not compile it: an activity written as
/// a reply is (with a card) and read as <c>/api/messages</c> reads one; a key set read as the channel publishes it; a
/// token read and its signature checked as the channel's are (it fails: the token is not signed by the key); the
/// endpoint's services made in a scope of their own. In process only: no key is made, nothing is fetched or sent, no
/// turn runs, the store is not touched.
/// </summary>
public sealed class FirstTurnWarmUp(ActivityRequestReader reader, TimeProvider time, IServiceScopeFactory scopes)
{
    private const string Name = "warm-up";

    // A public key of no one: a 2048-bit modulus made once for this, its private half thrown away.
    private const string KeySet = """
        {"keys":[{"kty":"RSA","use":"sig","kid":"warm-up","e":"AQAB","n":"sDUi3jDlyi-rJ0bOK3Im83Lz3S1m2aG2RldJIXAa_htWPnuS1kgfSLadKLhUQGSzpblS4zM8AsABCHuSVfkgmdiBhzvJ7s2NhZ-CZTtg4lxitw8GiLVl3TEUGZzFGd3gG_ZtbkFe5wpjE6P_5S4mBlWwXvwIKn5LSaPqpmtGT1d7vQhbgKragf7z967ZcQ7ShF13St6qqK_9lma_F-8ffe6R2dshoFJg8snbEFelFzIo7lVlofMOuew-Qxv8tprOshBwvGv1dHp5Eb2ci5c3u3d9PxvqzBcOdK05BLGDmPviUhFUNmyLzgUvqoiJGs6hPVvNh4LHW_GQmuQZrMRsEw"}]}
        """;

    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(Sample(), BotJson.Options);
        using var stream = new MemoryStream(body);
        var read = await reader.ReadAsync(stream, body.Length, fromClient: false, cancellationToken);
        if (read.Activity is null)
        {
            throw new InvalidOperationException($"The warm-up's own activity was refused: {read.ErrorMessage}");
        }

        var token = new JsonWebToken(Token());
        // What the authenticator reads of a token before and after its signature: its key id and its lifetime.
        _ = (token.Kid, SignedTokenValidator.LifetimeOf(token));
        var verified = await new SignedTokenValidator(time).VerifyAsync(token, new JsonWebKeySet(KeySet).Keys[0], [Name], Name);
        if (verified.IsValid)
        {
            throw new InvalidOperationException("The warm-up's unsigned token was taken as signed.");
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BotMessagesEndpoint>();
    }

    private static Activity Sample() => new()
    {
        Type = ActivityTypes.Message,
        Id = Name,
        Timestamp = DateTimeOffset.UnixEpoch,
        ServiceUrl = "http://warm-up.invalid/",
        ChannelId = Name,
        From = new ChannelAccount { Id = Name, Name = Name },
        Recipient = new ChannelAccount { Id = Name },
        Conversation = new ConversationAccount { Id = Name },
        Text = "xin chào",
        Attachments =
        [
            new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = new JsonObject { ["type"] = "AdaptiveCard" } },
        ],
    };

    // Its signature is 256 bytes as an RS256 one is, of zeros.
    private static string Token() => string.Join('.',
        Base64UrlEncoder.Encode("""{"alg":"RS256","kid":"warm-up","typ":"JWT"}"""),
        Base64UrlEncoder.Encode("""{"iss":"warm-up","aud":"warm-up","nbf":0,"exp":1}"""),
        Base64UrlEncoder.Encode(new byte[256]));
}
