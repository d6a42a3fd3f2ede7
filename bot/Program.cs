using InternalTthc.Bot.Channels.BotFramework;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Turns;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddTransient<IBot, EchoBot>();
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.MapBotFramework();
app.Run();
