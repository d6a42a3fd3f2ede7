namespace InternalTthc.Bot.Channels.BotFramework.Schema;

/// <summary>A short text as the answer to an invoke, in the shape its kind expects, so Teams shows the text instead of an error.</summary>
public static class InvokeMessage
{
    public static InvokeResponse For(string? invokeName, string text) => invokeName switch
    {
        // A task module (dialog) shows the text in place of the dialog.
        InvokeNames.TaskFetch or InvokeNames.TaskSubmit => InvokeResponse.FromBody(200, new { task = new { type = "message", value = text } }),
        // A message extension's command shows it in the compose box's flyout.
        { } name when name.StartsWith(InvokeNames.ComposeExtensionPrefix, StringComparison.Ordinal) =>
            InvokeResponse.FromBody(200, new { composeExtension = new { type = "message", text } }),
        // Universal Actions' message response, which the other invokes accept as a plain 200.
        _ => InvokeResponse.FromBody(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text }),
    };
}
