implement Urlparse;

include "sys.m";
	sys: Sys;
include "draw.m";

Urlparse: module {
	init: fn(nil: ref Draw->Context, args: list of string);
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
	"gopher" =>	return 70;
	}
	return 0;
}

hexval(c: int): int
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

unescape(s: string): (string, string)
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '+')
			c = ' ';
		else if(c == '%'){
			if(i+2 >= len s)
				return (nil, "truncated escape");
			h := hexval(s[i+1]);
			l := hexval(s[i+2]);
			if(h < 0 || l < 0)
				return (nil, "bad escape %" + s[i+1:i+3]);
			c = h*16 + l;
			i += 2;
		}
		r[len r] = c;
	}
	return (r, nil);
}

escape(s: string, space: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == ' ')
			r += space;
		else if(c < ' ' || c >= 16r7f || c == '%' || c == '&' || c == '=' || c == '#' || c == '?')
			r += sys->sprint("%%%02X", c);
		else
			r[len r] = c;
	}
	return r;
}

index(s: string, c: int): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return i;
	return -1;
}

Url.parse(s: string): (ref Url, string)
{
	u := ref Url("", "", "", 0, "/", nil, "");
	i := index(s, '#');
	if(i >= 0){
		u.frag = s[i+1:];
		s = s[0:i];
	}
	i = index(s, ':');
	if(i <= 0)
		return (nil, "missing scheme");
	u.scheme = s[0:i];
	for(k := 0; k < len u.scheme; k++){
		c := u.scheme[k];
		if(c >= 'A' && c <= 'Z')
			u.scheme[k] = c + 'a' - 'A';
		else if(!(c >= 'a' && c <= 'z') && !(k > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')))
			return (nil, "bad scheme character");
	}
	s = s[i+1:];
	if(len s < 2 || s[0:2] != "//")
		return (nil, "expected //");
	s = s[2:];
	i = index(s, '?');
	q := "";
	if(i >= 0){
		q = s[i+1:];
		s = s[0:i];
	}
	i = index(s, '/');
	auth := s;
	if(i >= 0){
		auth = s[0:i];
		u.path = s[i:];
	}
	i = index(auth, '@');
	if(i >= 0){
		u.user = auth[0:i];
		auth = auth[i+1:];
	}
	u.port = defport(u.scheme);
	i = index(auth, ':');
	if(i >= 0){
		ps := auth[i+1:];
		auth = auth[0:i];
		if(ps == "")
			return (nil, "empty port");
		p := 0;
		for(k = 0; k < len ps; k++){
			if(ps[k] < '0' || ps[k] > '9')
				return (nil, "bad port '" + ps + "'");
			p = p*10 + ps[k] - '0';
			if(p > 65535)
				return (nil, "port out of range");
		}
		u.port = p;
	}
	if(auth == "")
		return (nil, "empty host");
	for(k = 0; k < len auth; k++)
		if(auth[k] >= 'A' && auth[k] <= 'Z')
			auth[k] += 'a' - 'A';
	u.host = auth;
	path, err: string;
	(path, err) = unescape(u.path);
	if(err != nil)
		return (nil, "path: " + err);
	u.path = path;
	if(q != ""){
		(nil, fl) := sys->tokenize(q, "&");
		rl: list of (string, string);
		for(; fl != nil; fl = tl fl){
			kv := hd fl;
			k = index(kv, '=');
			key := kv;
			val := "";
			if(k >= 0){
				key = kv[0:k];
				val = kv[k+1:];
			}
			(key, err) = unescape(key);
			if(err == nil)
				(val, err) = unescape(val);
			if(err != nil)
				return (nil, "query: " + err);
			rl = (key, val) :: rl;
		}
		for(; rl != nil; rl = tl rl)
			u.query = hd rl :: u.query;
	}
	return (u, nil);
}

Url.text(u: self ref Url): string
{
	s := u.scheme + "://";
	if(u.user != "")
		s += u.user + "@";
	s += u.host;
	if(u.port != defport(u.scheme))
		s += ":" + string u.port;
	s += escape(u.path, "%20");
	sep := "?";
	for(q := u.query; q != nil; q = tl q){
		(k, v) := hd q;
		s += sep + escape(k, "+") + "=" + escape(v, "+");
		sep = "&";
	}
	if(u.frag != "")
		s += "#" + u.frag;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {
		"http://example.com",
		"HTTPS://User@Example.ORG:8443/a/b%20c/index.html?q=limbo+lang&page=2#top",
		"ftp://files.example.net/pub/README",
		"http://localhost:80/",
		"gopher://gopher.floodgap.com:70/1/world",
		"http://h/?empty=&flag&x=%41%42%43&eq=1%3D1%26b",
		"mailto:someone@example.com",
		"http://host:99999/",
		"http://host:12ab/",
		"://nohost",
		"http:///path",
		"http://h/%zz",
		"http://h/?a=%4",
		"tcp+tls://Node-7.local:5640/srv#frag",
	};
	for(i := 0; i < len tests; i++){
		sys->print("%s\n", tests[i]);
		(u, err) := Url.parse(tests[i]);
		if(err != nil){
			sys->print("  error: %s\n", err);
			continue;
		}
		sys->print("  scheme=%s host=%s port=%d path=%q", u.scheme, u.host, u.port, u.path);
		if(u.user != "")
			sys->print(" user=%s", u.user);
		if(u.frag != "")
			sys->print(" frag=%s", u.frag);
		sys->print("\n");
		for(q := u.query; q != nil; q = tl q){
			(k, v) := hd q;
			sys->print("  query %q = %q\n", k, v);
		}
		sys->print("  canonical: %s\n", u.text());
	}
}
