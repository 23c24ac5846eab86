implement UrlQuery;

include "sys.m";
	sys: Sys;
include "draw.m";

UrlQuery: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Url: adt {
	scheme:	string;
	host:	string;
	port:	int;
	path:	string;
	query:	list of (string, string);
	frag:	string;

	parse:	fn(s: string): (ref Url, string);
	text:	fn(u: self ref Url): string;
};

unreserved(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == '~';
}

escape(s: string): string
{
	b := array of byte s;
	r := "";
	for(i := 0; i < len b; i++){
		c := int b[i];
		if(unreserved(c))
			r[len r] = c;
		else if(c == ' ')
			r += "+";
		else
			r += sys->sprint("%%%.2X", c);
	}
	return r;
}

hexval(c: int): int
{
	if(c >= '0' && c <= '9') return c - '0';
	if(c >= 'a' && c <= 'f') return c - 'a' + 10;
	if(c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

unescape(s: string): string
{
	b := array[len s] of byte;
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '+')
			c = ' ';
		else if(c == '%' && i+2 < len s && hexval(s[i+1]) >= 0 && hexval(s[i+2]) >= 0){
			c = hexval(s[i+1]) * 16 + hexval(s[i+2]);
			i += 2;
		}
		b[n++] = byte c;
	}
	return string b[0:n];
}

cut(s: string, c: int): (string, string)
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return (s[0:i], s[i+1:]);
	return (s, nil);
}

Url.parse(s: string): (ref Url, string)
{
	u := ref Url("", "", 0, "/", nil, nil);
	(scheme, rest) := cut(s, ':');
	if(rest == nil || len rest < 2 || rest[0:2] != "//")
		return (nil, "missing scheme");
	u.scheme = scheme;
	rest = rest[2:];
	(rest, u.frag) = cut(rest, '#');
	q: string;
	(rest, q) = cut(rest, '?');
	(hostport, path) := cut(rest, '/');
	if(path != nil)
		u.path = "/" + path;
	(u.host, nil) = cut(hostport, ':');
	(nil, port) := cut(hostport, ':');
	u.port = 80;
	if(scheme == "https")
		u.port = 443;
	if(port != nil)
		u.port = int port;
	(nil, pairs) := sys->tokenize(q, "&");
	for(; pairs != nil; pairs = tl pairs){
		(k, v) := cut(hd pairs, '=');
		u.query = (unescape(k), unescape(v)) :: u.query;
	}
	return (u, nil);
}

Url.text(u: self ref Url): string
{
	s := u.scheme + "://" + u.host;
	if(!(u.scheme == "http" && u.port == 80) && !(u.scheme == "https" && u.port == 443))
		s += ":" + string u.port;
	s += u.path;
	sep := "?";
	for(l := u.query; l != nil; l = tl l){
		(k, v) := hd l;
		s += sep + escape(k) + "=" + escape(v);
		sep = "&";
	}
	if(u.frag != nil)
		s += "#" + u.frag;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	urls := array[] of {
		"http://example.com/search?q=limbo+language&page=2#results",
		"https://host.org:8443/a/b%20c?name=J%C3%BCrgen&empty=&flag",
		"http://localhost",
		"mailto:someone@example.com",
		"ftp://files.example.net:21/pub/%7Euser/file.tar.gz?x=100%25&bad=%zz",
	};
	for(i := 0; i < len urls; i++){
		(u, err) := Url.parse(urls[i]);
		if(err != nil){
			sys->fprint(sys->fildes(2), "%s: %s\n", urls[i], err);
			continue;
		}
		sys->print("%s\n  scheme=%s host=%s port=%d path=%q frag=%q\n",
			urls[i], u.scheme, u.host, u.port, unescape(u.path), u.frag);
		for(l := u.query; l != nil; l = tl l){
			(k, v) := hd l;
			sys->print("  param %q = %q (%d chars)\n", k, v, len v);
		}
		sys->print("  rebuilt: %s\n", u.text());
	}
	s := "a b&c=d/\u00e9\u20ac~";
	sys->print("escape(%q) = %s -> %q\n", s, escape(s), unescape(escape(s)));
}
