namespace InternalTthc.Core.Catalog;

/// <summary>How the conversation collects the request.</summary>
public enum ProcedureFlow
{
    /// <summary>Walk the form fields.</summary>
    Form,
    /// <summary>Start from plain words, extract what happened, ask only what is missing.</summary>
    IncidentInterview,
    /// <summary>A question to one agency (mục hỏi - đáp).</summary>
    Question,
}
