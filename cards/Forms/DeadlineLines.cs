using InternalTthc.Cards.Menu;
using InternalTthc.Cards.Model;
using InternalTthc.Cards.Texts;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Cards.Forms;

/// <summary>
/// The deadline under a form or its summary: the published one; or, for an urgent procedure without a legal deadline
/// (an incident), "xử lý khẩn" and the response stages, never "Thời hạn giải quyết: Không".
/// </summary>
public static class DeadlineLines
{
    /// <param name="key">The text naming the deadline, "{0}" the published one without its final full stop.</param>
    public static IEnumerable<CardElement> For(Procedure procedure, string key)
    {
        if (procedure.Deadline.Kind == DeadlineKind.None && (procedure.Urgent || procedure.Stages.Count > 0))
        {
            yield return new TextElement(CardText.Get("UrgentNoDeadline"), TextRole.Subtle);
            // One text each: a card joins the lines of one text block.
            foreach (var (stage, i) in procedure.Stages.Select((s, i) => (s, i)))
            {
                yield return new TextElement($"{i + 1}. {stage}", TextRole.Subtle);
            }

            yield break;
        }

        yield return new TextElement(CardText.Get(key, null, PublishedText.Of(procedure.Published.DeadlineText).TrimEnd('.', ' ')), TextRole.Subtle);
    }
}
