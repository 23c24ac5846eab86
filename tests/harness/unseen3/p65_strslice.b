implement P65;
include "sys.m";
	sys: Sys;
include "draw.m";
P65: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "日本語テキスト";
	sys->print("len %d\n", len s);
	for(i := 0; i <= len s; i += 2)
		sys->print("[%s|%s] ", s[0:i], s[i:]);
	sys->print("\n");
	sub := s[2:5];
	sys->print("sub %s bytes %d\n", sub, len array of byte sub);
	sub[0] = 'X';
	sys->print("sub %s orig %s\n", sub, s);
	m := "abc";
	m[1] = '€';
	sys->print("mixed %s len %d bytes %d\n", m, len m, len array of byte m);
	m[1] = 'b';
	sys->print("back %s bytes %d\n", m, len array of byte m);
	t := "x";
	for(i = 0; i < 5; i++)
		t = t + t[0:1];
	sys->print("%s\n", t);
	{
		e := "abc";
		sys->print("%s\n", e[2:1]);
	} exception ex {
	"*" => sys->print("bad slice: %s\n", ex);
	}
	{
		e := "abc";
		sys->print("%c\n", e[3]);
	} exception ex {
	"*" => sys->print("bad index: %s\n", ex);
	}
	{
		e := "abc";
		e[5] = 'z';
	} exception ex {
	"*" => sys->print("bad store: %s\n", ex);
	}
}
