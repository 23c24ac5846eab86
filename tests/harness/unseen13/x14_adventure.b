implement Adventure;

include "sys.m";
	sys: Sys;
include "draw.m";

Adventure: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Room: adt {
	name:	string;
	desc:	string;
	exits:	list of (string, int);
	items:	list of string;
	locked:	string;	# item needed to enter, or nil
};

Player: adt {
	room:	int;
	inv:	list of string;
	moves:	int;
	score:	int;
	has:	fn(p: self ref Player, item: string): int;
};

World: adt {
	rooms:	array of ref Room;
	p:	ref Player;
	over:	int;
	look:	fn(w: self ref World);
	go:	fn(w: self ref World, dir: string);
	take:	fn(w: self ref World, item: string);
	drop:	fn(w: self ref World, item: string);
	command:	fn(w: self ref World, line: string);
};

remove(l: list of string, s: string): (list of string, int)
{
	r: list of string;
	found := 0;
	for(; l != nil; l = tl l)
		if(!found && hd l == s)
			found = 1;
		else
			r = hd l :: r;
	return (r, found);
}

Player.has(p: self ref Player, item: string): int
{
	for(l := p.inv; l != nil; l = tl l)
		if(hd l == item) return 1;
	return 0;
}

World.look(w: self ref World)
{
	r := w.rooms[w.p.room];
	sys->print("== %s ==\n%s\n", r.name, r.desc);
	if(r.items != nil){
		sys->print("You see:");
		for(l := r.items; l != nil; l = tl l)
			sys->print(" %s", hd l);
		sys->print("\n");
	}
	sys->print("Exits:");
	for(e := r.exits; e != nil; e = tl e)
		sys->print(" %s", (hd e).t0);
	sys->print("\n");
}

World.go(w: self ref World, dir: string)
{
	for(e := w.rooms[w.p.room].exits; e != nil; e = tl e){
		(d, dst) := hd e;
		if(d != dir) continue;
		dest := w.rooms[dst];
		if(dest.locked != nil && !w.p.has(dest.locked)){
			sys->print("The way %s is barred. You need the %s.\n", dir, dest.locked);
			return;
		}
		w.p.room = dst;
		w.look();
		if(dest.name == "Treasury"){
			w.p.score += 50;
			w.over = 1;
		}
		return;
	}
	sys->print("You can't go %s.\n", dir);
}

World.take(w: self ref World, item: string)
{
	r := w.rooms[w.p.room];
	ok: int;
	(r.items, ok) = remove(r.items, item);
	if(!ok){
		sys->print("There is no %s here.\n", item);
		return;
	}
	w.p.inv = item :: w.p.inv;
	w.p.score += 10;
	sys->print("Taken: %s\n", item);
}

World.drop(w: self ref World, item: string)
{
	ok: int;
	(w.p.inv, ok) = remove(w.p.inv, item);
	if(!ok){
		sys->print("You don't have %s.\n", item);
		return;
	}
	r := w.rooms[w.p.room];
	r.items = item :: r.items;
	sys->print("Dropped: %s\n", item);
}

World.command(w: self ref World, line: string)
{
	(n, words) := sys->tokenize(line, " ");
	if(n == 0) return;
	w.p.moves++;
	sys->print("\n> %s\n", line);
	verb := hd words;
	arg := "";
	if(n > 1)
		arg = hd tl words;
	case verb {
	"look" =>	w.look();
	"n" or "s" or "e" or "w" or "up" or "down" =>	w.go(verb);
	"take" =>	w.take(arg);
	"drop" =>	w.drop(arg);
	"inv" =>
		sys->print("You carry:");
		for(l := w.p.inv; l != nil; l = tl l)
			sys->print(" %s", hd l);
		sys->print("\n");
	* =>	sys->print("I don't understand '%s'.\n", verb);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rooms := array[] of {
		ref Room("Hall", "A dusty entrance hall.", ("n", 1) :: ("e", 2) :: nil, "lamp" :: nil, nil),
		ref Room("Library", "Shelves of rotting books.", ("s", 0) :: ("up", 3) :: nil, "key" :: "book" :: nil, nil),
		ref Room("Kitchen", "Cold stoves and a smell of soup.", ("w", 0) :: ("down", 4) :: nil, "bread" :: nil, nil),
		ref Room("Attic", "Dark and cramped.", ("down", 1) :: nil, "map" :: nil, "lamp"),
		ref Room("Treasury", "Gold glitters everywhere!", ("up", 2) :: nil, nil, "key"),
	};
	w := ref World(rooms, ref Player(0, nil, 0, 0), 0);
	script := array[] of {
		"look", "take lamp", "n", "take key", "take sword", "up", "take map",
		"down", "drop book", "s", "dance", "e", "take bread", "inv", "down", "look",
	};
	w.look();
	for(i := 0; i < len script && !w.over; i++)
		w.command(script[i]);
	sys->print("\nGame over after %d moves, score %d, carrying %d items.\n",
		w.p.moves, w.p.score, len w.p.inv);
}
