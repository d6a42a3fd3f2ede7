namespace InternalTthc.Bot.CaseWeb;

public static class CaseWebServiceCollectionExtensions
{
    /// <summary>A case on the web: who may open what of it, and what is drawn from it.</summary>
    public static IServiceCollection AddCaseWeb(this IServiceCollection services)
    {
        services.AddScoped<CaseWebAccess>();
        services.AddSingleton<CaseLinks>();
        services.AddSingleton<Cards.Rendering.HtmlCardRenderer>();
        services.AddScoped<Core.Documents.CaseDocuments>();
        return services;
    }
}
