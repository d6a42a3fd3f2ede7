using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace InternalTthc.Core.Text;

/// <summary>
/// One set of user-facing texts: a Vietnamese .resx (the default) and its English twin. Each area
/// keeps its own file; this is the single way they are read and formatted.
/// </summary>
public sealed class ResourceTexts(string baseName, Assembly assembly)
{
    public static CultureInfo Vi { get; } = CultureInfo.GetCultureInfo("vi");
    public static CultureInfo En { get; } = CultureInfo.GetCultureInfo("en");

    // ResourceManager is thread-safe and read-only from the outside: a shared reader, not mutable state.
    private readonly ResourceManager _resources = new(baseName, assembly);

    public string Get(CultureInfo culture, string key, params object[] args)
    {
        var text = _resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text '{key}' in {baseName}.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    public string Vietnamese(string key, params object[] args) => Get(Vi, key, args);

    public string English(string key, params object[] args) => Get(En, key, args);

    /// <summary>An error text for people: Vietnamese first, the English hint in parentheses.</summary>
    public string Message(string key, params object[] args) => $"{Vietnamese(key, args)} ({English(key, args)})";

    /// <summary>Every key of one culture's own file, for the tests that both languages have them all.</summary>
    public IEnumerable<string> Keys(CultureInfo culture) =>
        _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key);
}
