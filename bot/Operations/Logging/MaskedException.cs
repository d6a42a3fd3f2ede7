using InternalTthc.Core.Text;

namespace InternalTthc.Bot.Operations.Logging;

/// <summary>
/// Stands in for an exception on its way to a log: its whole text (type, message, inner exceptions, stack) with
/// personal data masked, since an engine's or a parser's message may quote what a person typed.
/// </summary>
public sealed class MaskedException(Exception original) : Exception(PersonalData.Mask(original.Message))
{
    private readonly string _text = PersonalData.Mask(original.ToString());

    public override string ToString() => _text;
}
