using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddProductGraphQL(builder.Configuration);
builder.Services.AddCrossOrigin(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
// Static files answer only GET and HEAD: other requests (every /graphql POST) skip both middlewares.
app.UseWhen(http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method), files => files.UseDefaultFiles().UseStaticFiles());
app.UseCors();
app.UseStaticFileMethods();
app.UseRequestTimeouts();
app.MapHealth();
app.MapExport();
app.MapProductGraphQL();
app.Run();

/// <summary>The service's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
