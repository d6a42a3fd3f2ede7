namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>Values the adapter puts in callerId after authenticating (an inbound callerId is discarded).</summary>
public static class CallerIdConstants
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string UsGovChannel = "urn:botframework:azureusgov";
}
