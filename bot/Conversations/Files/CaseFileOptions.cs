namespace InternalTthc.Bot.Conversations.Files;

/// <summary>
/// Files kept with a case (the "Files" section, beside the store's folder): which kinds, how large, where Teams files
/// may be fetched from, and how long a download link works. Lists are empty by default because the configuration
/// binder adds to a list it finds filled, so a configured list could never narrow the defaults.
/// </summary>
public sealed record CaseFileOptions
{
    public const string Section = "Files";

    public static IReadOnlyList<string> DefaultExtensions { get; } = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "jpg", "jpeg", "png", "zip"];

    /// <summary>Teams hands in files through SharePoint / OneDrive links.</summary>
    public static IReadOnlyList<string> DefaultTeamsFileHosts { get; } = ["sharepoint.com", "onedrive.live.com"];

    /// <summary>Largest file a case keeps.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Extensions (without the dot) of the files a case keeps.</summary>
    public IReadOnlyList<string> AllowedExtensions { get; init; } = [];

    /// <summary>
    /// Where a Teams file's download link may point: a host name (itself or any sub-domain, over https only), or an
    /// origin such as <c>http://127.0.0.1:5000</c> taken exactly (a test's stand-in for SharePoint).
    /// </summary>
    public IReadOnlyList<string> TeamsFileHosts { get; init; } = [];

    /// <summary>How long a signed download link in a card works.</summary>
    public TimeSpan LinkLifetime { get; init; } = TimeSpan.FromDays(1);

    public IReadOnlyList<string> EffectiveExtensions => AllowedExtensions.Count > 0 ? AllowedExtensions : DefaultExtensions;

    public IReadOnlyList<string> EffectiveTeamsFileHosts => TeamsFileHosts.Count > 0 ? TeamsFileHosts : DefaultTeamsFileHosts;

    public bool AllowsExtension(string extension) => EffectiveExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a Teams file's download link points where Teams keeps files.</summary>
    public bool AllowsTeamsDownload(Uri link) => DownloadHosts.Allows(EffectiveTeamsFileHosts, link);
}
