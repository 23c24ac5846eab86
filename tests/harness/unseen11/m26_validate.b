implement Validate;

include "sys.m";
	sys: Sys;
include "draw.m";

Validate: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

records := array[] of {
	"id=1|name=Ada Lovelace|email=ada@example.org|born=1815-12-10|phone=+44 20 7946 0958",
	"id=2|name=Alan Turing|email=alan.turing@bletchley|born=1912-06-23|phone=555-0100",
	"id=3|name=|email=nobody@example.com|born=1900-01-01",
	"id=4|name=Grace Hopper|email=grace@navy.mil|born=1906-02-30|phone=n/a",
	"id=x|name=Broken Id|email=b@c.d|born=2000-01-01",
	"id=6|name=Never Checked|email=z@z.z|born=1999-09-09",
};

mdays := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

field(rec, key: string): string
{
	(nil, parts) := sys->tokenize(rec, "|");
	for(; parts != nil; parts = tl parts){
		p := hd parts;
		if(len p > len key && p[0:len key] == key && p[len key] == '=')
			return p[len key + 1:];
	}
	return nil;
}

checkemail(e: string)
{
	at := -1;
	for(i := 0; i < len e; i++)
		if(e[i] == '@'){
			if(at >= 0)
				raise "invalid: two @ signs";
			at = i;
		}
	if(at <= 0)
		raise "invalid: email without user";
	dom := e[at+1:];
	for(i = 0; i < len dom; i++)
		if(dom[i] == '.')
			return;
	raise sys->sprint("invalid: domain %q has no dot", dom);
}

checkdate(d: string)
{
	(n, l) := sys->tokenize(d, "-");
	if(n != 3)
		raise "invalid: date " + d;
	y := int hd l;
	m := int hd tl l;
	day := int hd tl tl l;
	if(m < 1 || m > 12)
		raise sys->sprint("invalid: month %d", m);
	lim := mdays[m-1];
	if(m == 2 && (y % 4 == 0 && y % 100 != 0 || y % 400 == 0))
		lim = 29;
	if(day < 1 || day > lim)
		raise sys->sprint("invalid: %d-%02d has %d days, not %d", y, m, lim, day);
}

checkphone(p: string): string
{
	digits := "";
	for(i := 0; i < len p; i++)
		if(p[i] >= '0' && p[i] <= '9')
			digits[len digits] = p[i];
	if(len digits < 7)
		raise sys->sprint("invalid: phone %q has %d digits", p, len digits);
	return digits;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	good := 0;
	for(i := 0; i < len records; i++){
		r := records[i];
		id := field(r, "id");
		if(id == nil || string int id != id)
			raise sys->sprint("fail:record %d: corrupt id %q", i+1, id);
		{
			name := field(r, "name");
			if(name == "")
				raise "invalid: empty name";
			checkemail(field(r, "email"));
			checkdate(field(r, "born"));
			ph := field(r, "phone");
			digits := "-";
			if(ph != nil)
				digits = checkphone(ph);
			sys->print("#%s %-14s %-24s %s %s\n", id, name, field(r, "email"), field(r, "born"), digits);
			good++;
		} exception e {
		"invalid:*" =>
			sys->fprint(sys->fildes(2), "#%s rejected: %s\n", id, e[len "invalid: ":]);
		}
	}
	sys->print("%d good records\n", good);
}
