namespace InternalTthc.Bot.Channels;

/// <summary>Where the files a channel's messages carry come from, and so the only place their bytes may be read.</summary>
public enum FileSource
{
    /// <summary>No file is ever taken from the channel's messages.</summary>
    None,

    /// <summary>An upload to our own Direct Line, read from the file store, of the message's own conversation only.</summary>
    DirectLineUpload,

    /// <summary>A file of the host the terminal chat copied into its conversation's area of the file store.</summary>
    TerminalFile,

    /// <summary>A Teams file, fetched through its pre-authorized link from where Teams keeps files (Files:TeamsFileHosts).</summary>
    TeamsFile,

    /// <summary>A file sent to the Zalo Official Account (<c>user_send_file</c>); read once the Zalo endpoint exists.</summary>
    ZaloFile,
}
