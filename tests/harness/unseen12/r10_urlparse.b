implement UrlParse;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

UrlParse: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Url: adt {
	scheme:	string;
	user:	string;
	host:	string;
	port:	int;
	path:	string;
	query:	list of (string, string);
	frag:	string;

	parse:	fn(s: string): (ref Url, string);
	text:	fn(u: self ref Url): string;
};

defport(scheme: string): int
{
	case scheme {
	"http" =>	return 80;
	"https" =>	return 443;
	"ftp" =>	return 21;
	}
	return 0;
}

hexval(c: int): int
{
	(v, nil) := str->toint(sys->sprint("%c", c), 16);
	return v;
}

# decode %xx and + in query parts
unescape(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '+')
			c = ' ';
		else if(c == '%' && i+2 < len s && str->in(s[i+1], "0-9a-fA-F") && str->in(s[i+2], "0-9a-fA-F")){
			c = hexval(s[i+1])*16 + hexval(s[i+2]);
			i += 2;
		}
		r[len r] = c;
	}
	return r;
}

Url.parse(s: string): (ref Url, string)
{
	u := ref Url("", "", "", 0, "/", nil, "");
	(sch, rest) := str->splitstrl(s, "://");
	if(rest == nil)
		return (nil, "no scheme");
	u.scheme = str->tolower(sch);
	if(str->take(u.scheme, "a-z") != u.scheme)
		return (nil, "bad scheme " + sch);
	rest = rest[3:];
	(rest, u.frag) = str->splitl(rest, "#");
	if(u.frag != nil)
		u.frag = u.frag[1:];
	q: string;
	(rest, q) = str->splitl(rest, "?");
	hostpart: string;
	(hostpart, u.path) = str->splitl(rest, "/");
	if(u.path == nil)
		u.path = "/";
	(userpart, hp) := str->splitstrr(hostpart, "@");
	if(userpart != nil)
		u.user = userpart[0:len userpart-1];
	(h, p) := str->splitl(hp, ":");
	u.host = str->tolower(h);
	if(u.host == nil)
		return (nil, "empty host");
	u.port = defport(u.scheme);
	if(p != nil){
		(n, junk) := str->toint(p[1:], 10);
		if(junk != nil || n <= 0 || n > 65535)
			return (nil, "bad port " + p[1:]);
		u.port = n;
	}
	if(q != nil){
		(nil, pairs) := sys->tokenize(q[1:], "&");
		for(; pairs != nil; pairs = tl pairs){
			(k, v) := str->splitl(hd pairs, "=");
			if(v != nil)
				v = v[1:];
			u.query = (unescape(k), unescape(v)) :: u.query;
		}
	}
	return (u, nil);
}

Url.text(u: self ref Url): string
{
	s := sys->sprint("scheme=%s host=%s port=%d path=%s", u.scheme, u.host, u.port, u.path);
	if(u.user != nil)
		s += " user=" + u.user;
	if(u.frag != nil)
		s += " frag=" + u.frag;
	for(l := u.query; l != nil; l = tl l)
		s += sys->sprint(" [%s]=[%s]", (hd l).t0, (hd l).t1);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	urls := array[] of {
		"http://www.vitanuova.com/inferno/index.html",
		"HTTPS://Bob@Example.ORG:8443/a/b?q=limbo+dis&lang=en#top",
		"ftp://ftp.example.net",
		"http://host:99999/",
		"mailto:someone",
		"gopher://gopher.floodgap.com:70/1/world?x=%41%42%zz",
		"h4x://bad/",
	};
	for(i := 0; i < len urls; i++){
		(u, err) := Url.parse(urls[i]);
		if(err != nil){
			sys->fprint(sys->fildes(2), "%s: %s\n", urls[i], err);
			continue;
		}
		sys->print("%s\n", u.text());
		(dir, file) := str->splitr(u.path, "/");
		(base, ext) := str->splitr(file, ".");
		if(base != nil)
			sys->print("\tdir=%s file=%s ext=%s\n", dir, file, ext);
	}

	# numbers in several bases
	nums := array[] of {("ff", 16), ("777", 8), ("101101", 2), ("12z", 10), ("-42", 10), ("7fffffffff", 16)};
	for(i = 0; i < len nums; i++){
		(s, base) := nums[i];
		(v, rest) := str->toint(s, base);
		(bv, nil) := str->tobig(s, base);
		sys->print("%s base %d = %d (big %bd) rest '%s'\n", s, base, v, bv, rest);
	}

	# quoting round trip
	words := str->append("it's", "plain" :: "with space" :: "" :: nil);
	q := str->quoted(words);
	sys->print("quoted: %s\n", q);
	back := str->unquoted(q);
	sys->print("unquoted %d words:", len back);
	for(; back != nil; back = tl back)
		sys->print(" <%s>", hd back);
	sys->print("\n");
	sys->print("quotedc: %s\n", str->quotedc("a,b" :: "c" :: nil, ","));
	sys->print("prefix: %d %d\n", str->prefix("inf", "inferno"), str->prefix("inferno", "inf"));
}
