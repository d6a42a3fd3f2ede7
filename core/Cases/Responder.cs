namespace InternalTthc.Core.Cases;

/// <summary>
/// Who answered a question, as the answer must name them (Lai Châu, Điều 25 khoản 2 điểm c): the agency, the
/// responder's full name and position, taken from the directory when answering.
/// </summary>
public sealed record Responder(string Agency, string Name, string Position);
