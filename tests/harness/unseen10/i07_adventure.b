#args: look take lamp north north light east take key take jar west unlock north take gem dance inv south south south south look
implement Adventure;

include "sys.m";
	sys: Sys;
include "draw.m";

Adventure: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Room: adt {
	name:	string;
	desc:	string;
	dark:	int;
	exits:	list of (string, int);
	items:	list of string;
};

Hall, Stairs, Cellar, Store, Vault, Outside: con iota;

rooms: array of ref Room;
here := Hall;
inv: list of string;
lit := 0;
locked := 1;
moves := 0;
score := 0;

mkworld()
{
	rooms = array[] of {
		Hall => ref Room("Hall", "A dusty hall. Stairs lead north; the door south is open.", 0,
			("north", Stairs) :: ("south", Outside) :: nil, "lamp" :: nil),
		Stairs => ref Room("Stairs", "Narrow stairs going down.", 0,
			("north", Cellar) :: ("south", Hall) :: nil, nil),
		Cellar => ref Room("Cellar", "A damp cellar. Passages lead east and north.", 1,
			("east", Store) :: ("north", Vault) :: ("south", Stairs) :: nil, nil),
		Store => ref Room("Storeroom", "Shelves of old jars.", 1,
			("west", Cellar) :: nil, "key" :: "jar" :: nil),
		Vault => ref Room("Vault", "A small vault glittering with promise.", 0,
			("south", Cellar) :: nil, "gem" :: nil),
		Outside => ref Room("Outside", "Fresh air. The adventure is over.", 0, nil, nil),
	};
}

has(l: list of string, s: string): int
{
	for(; l != nil; l = tl l)
		if(hd l == s)
			return 1;
	return 0;
}

del(l: list of string, s: string): list of string
{
	if(l == nil)
		return nil;
	if(hd l == s)
		return tl l;
	return hd l :: del(tl l, s);
}

join(l: list of string): string
{
	if(l == nil)
		return "nothing";
	s := hd l;
	for(l = tl l; l != nil; l = tl l)
		s += ", " + hd l;
	return s;
}

cansee(): int
{
	return !rooms[here].dark || (lit && has(inv, "lamp"));
}

look()
{
	r := rooms[here];
	if(!cansee()){
		sys->print("It is pitch dark.\n");
		return;
	}
	sys->print("[%s] %s\n", r.name, r.desc);
	if(r.items != nil)
		sys->print("You see: %s\n", join(r.items));
}

go(dir: string)
{
	for(e := rooms[here].exits; e != nil; e = tl e){
		(d, dest) := hd e;
		if(d != dir)
			continue;
		if(dest == Vault && locked){
			sys->print("The vault door is locked.\n");
			return;
		}
		if(rooms[here].dark && !cansee() && dir != "south"){
			sys->print("You stumble in the dark and go nowhere.\n");
			return;
		}
		here = dest;
		look();
		return;
	}
	sys->print("You can't go %s.\n", dir);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	mkworld();
	for(args = tl args; args != nil && here != Outside; args = tl args){
		cmd := hd args;
		moves++;
		sys->print("> %s\n", cmd);
		case cmd {
		"look" =>
			look();
		"north" or "south" or "east" or "west" =>
			go(cmd);
		"light" =>
			if(!has(inv, "lamp"))
				sys->print("You have nothing to light.\n");
			else{
				lit = 1;
				sys->print("The lamp flickers on.\n");
				if(rooms[here].dark)
					look();
			}
		"take" =>
			if(tl args == nil){
				sys->print("Take what?\n");
				break;
			}
			args = tl args;
			what := hd args;
			if(!cansee())
				sys->print("You fumble around but find nothing.\n");
			else if(has(rooms[here].items, what)){
				rooms[here].items = del(rooms[here].items, what);
				inv = what :: inv;
				sys->print("Taken: %s.\n", what);
				case what {
				"gem" =>	score += 45;
				"lamp" or "key" =>	score += 5;
				}
			}else
				sys->print("There is no %s here.\n", what);
		"unlock" =>
			if(here != Cellar)
				sys->print("There is nothing to unlock.\n");
			else if(!has(inv, "key"))
				sys->print("You need a key.\n");
			else{
				locked = 0;
				score += 10;
				sys->print("The vault door swings open.\n");
			}
		"inv" =>
			sys->print("You carry: %s\n", join(inv));
		* =>
			sys->print("I don't know how to '%s'.\n", cmd);
		}
	}
	sys->print("\n");
	if(here == Outside && has(inv, "gem"))
		score += 35;
	sys->print("You carry: %s\n", join(inv));
	sys->print("Final room: %s, %d moves, score %d/100\n", rooms[here].name, moves, score);
}
