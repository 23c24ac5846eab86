implement Roster;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;
include "string.m";
	str: String;

Roster: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Player: adt {
	name:	string;
	team:	string;
	goals:	int;
	games:	int;

	eq:	fn(a, b: ref Player): int;
	text:	fn(p: self ref Player): string;
};

Player.eq(a, b: ref Player): int
{
	return a.name == b.name;
}

Player.text(p: self ref Player): string
{
	return sys->sprint("%s(%s %d/%d)", p.name, p.team, p.goals, p.games);
}

# a string wrapper so that Lists->find and friends have an eq to use
Name: adt {
	s:	string;
	eq:	fn(a, b: ref Name): int;
};

Name.eq(a, b: ref Name): int
{
	return str->tolower(a.s) == str->tolower(b.s);
}

show(title: string, l: list of ref Player)
{
	sys->print("%-10s [%d]", title+":", len l);
	for(; l != nil; l = tl l)
		sys->print(" %s", (hd l).text());
	sys->print("\n");
}

showstr(title: string, l: list of string)
{
	sys->print("%-10s %s\n", title+":", str->quoted(l));
}

scorer(p: ref Player): int
{
	return p.goals > 0;
}

reds(p: ref Player): int
{
	return p.team == "red";
}

veteran(p: ref Player): int
{
	return p.games >= 10;
}

played(p: ref Player): ref Player
{
	return ref Player(p.name, p.team, p.goals, p.games+1);
}

upper(s: string): string
{
	return str->toupper(s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;
	str = load String String->PATH;
	if(lists == nil){
		sys->fprint(sys->fildes(2), "roster: can't load %s: %r\n", Lists->PATH);
		raise "fail:load";
	}

	squad := ref Player("ada", "red", 4, 12) :: ref Player("bo", "blue", 0, 3) ::
		ref Player("cy", "red", 0, 10) :: ref Player("di", "blue", 7, 15) ::
		ref Player("ed", "red", 1, 2) :: nil;
	show("squad", squad);

	show("scorers", lists->filter(scorer, squad));
	(r, b) := lists->partition(reds, squad);
	show("red", r);
	show("blue", b);
	sys->print("all veterans? %d  any veteran? %d  red veterans all scored? %d\n",
		lists->allsat(veteran, squad), lists->anysat(veteran, squad),
		lists->allsat(scorer, lists->filter(veteran, r)));

	after := lists->map(played, squad);
	show("after", after);
	show("reversed", lists->reverse(squad));
	sys->print("last: %s\n", lists->last(squad).text());

	fy := ref Player("fy", "blue", 2, 1);
	squad = lists->append(squad, fy);
	show("+fy", squad);
	probe := ref Player("cy", "", 0, 0);
	sys->print("cy member? %d\n", lists->ismember(probe, squad));
	rest := lists->find(probe, squad);
	show("from cy", rest);
	squad = lists->delete(probe, squad);
	show("-cy", squad);
	sys->print("cy member now? %d\n", lists->ismember(probe, squad));
	show("concat", lists->concat(r, b));
	show("combine", lists->combine(r, b));

	names := "Ada" :: "Bo" :: "Di" :: nil;
	showstr("upper", lists->map(upper, names));
	scores := "4" :: "0" :: "7" :: nil;
	pairs := lists->pair(names, scores);
	for(pl := pairs; pl != nil; pl = tl pl){
		(n, s) := hd pl;
		sys->print("  pair %s=%s\n", n, s);
	}
	(n1, s1) := lists->unpair(pairs);
	showstr("unpaired", lists->concat(n1, s1));

	nl := ref Name("ADA") :: ref Name("bo") :: ref Name("Cy") :: nil;
	found := lists->find(ref Name("cy"), nl);
	if(found != nil)
		sys->print("found name %s, %d after it\n", (hd found).s, len tl found);
	nl = lists->delete(ref Name("ada"), nl);
	for(; nl != nil; nl = tl nl)
		sys->print("  name %s\n", (hd nl).s);
}
