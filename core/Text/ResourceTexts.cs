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

    /// <summary>
    /// The language texts are written in now: English only where a person's own choice was set for his turn or his
    /// message (<see cref="Use"/>), Vietnamese otherwise — never the client's locale (Teams often runs en-US) nor the machine's.
    /// </summary>
    public static CultureInfo Current => CultureInfo.CurrentUICulture.Name == En.Name ? En : Vi;

    /// <summary>The culture of a person's language choice ("en"); anything else is Vietnamese.</summary>
    public static CultureInfo For(string? language) => language == En.Name ? En : Vi;

    /// <summary>
    /// Writes what follows in the calling async flow (a turn, one delivery) in <paramref name="language"/>; the .NET UI culture
    /// flows with the awaits and is the caller's again when the calling async method returns.
    /// </summary>
    public static void Use(string? language) => CultureInfo.CurrentUICulture = For(language);

    // ResourceManager is thread-safe and read-only from the outside: a shared reader, not mutable state.
    private readonly ResourceManager _resources = new(baseName, assembly);

    /// <summary>The text in <see cref="Current"/>'s language.</summary>
    public string Get(string key, params object[] args) => Get(Current, key, args);

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
