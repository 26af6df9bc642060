-- ShopDesk demo data (synthetic): a less thin catalogue, as knowledge-base/products/products.csv now has it.
-- 15 products of kinds shoppers asked for that the shop did not carry: six toys (kids), six small kitchen appliances
-- (blenders, a toaster, a soy milk maker, a hand mixer; home) and three phone cases (electronics, accessories, so a
-- phone case does not make the shop one that sells phones). Tags that carry the words shoppers use where a name
-- does not: 玩具 on every toy, 外套 on the jackets and coats, 裤子/pants, 裙子, "kids shoes", "rc car" and the other
-- category words of nlp-models/gazetteers/categories.csv that no product had (CategoryWordsCoverageTest).
-- Brands, prices and stock are made up.
INSERT INTO products (id, sku, name_en, name_zh, category, brand, price, currency, stock, attributes, tags, instalments_allowed) VALUES
    (221, 'KID-7029', 'Wooden Jigsaw Puzzles 4-Pack', '木制拼图玩具四盒装', 'kids', 'BrightPages', 89.00, 'CNY', 160, 'material=wood;age=3+', 'toys,puzzle,玩具,拼图,gift', FALSE),
    (222, 'KID-7030', 'Kids Play Kitchen Toy Set', '儿童过家家厨房玩具', 'kids', 'BrickJoy', 269.00, 'CNY', 45, 'material=plastic;age=3+', 'toys,pretend_play,玩具,过家家,gift', FALSE),
    (223, 'KID-7031', 'Kids Electronic Keyboard Toy', '儿童电子琴玩具', 'kids', 'BrightPages', 199.00, 'CNY', 60, 'keys=37;age=3+', 'toys,music,玩具,电子琴', FALSE),
    (224, 'KID-7032', 'Dinosaur Toy Figures 12 pcs', '仿真恐龙玩具12只装', 'kids', 'BrickJoy', 79.00, 'CNY', 220, 'material=plastic;age=3+', 'toys,dinosaur,玩具,恐龙', FALSE),
    (225, 'KID-7033', 'Programmable Robot Toy', '编程遥控机器人玩具', 'kids', 'BrickJoy', 449.00, 'CNY', 30, 'age=6+;remote=true', 'toys,stem,robot,玩具,gift', FALSE),
    (226, 'KID-7034', 'Bubble Machine Toy', '儿童电动泡泡机玩具', 'kids', 'LittleSprout', 59.00, 'CNY', 0, 'age=3+', 'toys,outdoor,玩具,泡泡机', FALSE),
    (227, 'HOM-4033', 'High-Speed Blender 1.75L', '高速破壁料理机1.75升', 'home', 'HearthCo', 699.00, 'CNY', 35, 'capacity_l=1.75;power_w=1200', 'kitchen,appliance,榨汁机,破壁机,instalments', TRUE),
    (228, 'HOM-4034', 'Portable Blender Cup', '便携式榨汁杯', 'home', 'HearthCo', 149.00, 'CNY', 180, 'capacity_ml=400;rechargeable=true', 'kitchen,appliance,榨汁机,juicer', FALSE),
    (229, 'HOM-4035', 'Hand Blender', '手持料理棒', 'home', 'HearthCo', 229.00, 'CNY', 70, 'power_w=600', 'kitchen,appliance,料理机', FALSE),
    (230, 'HOM-4036', '2-Slice Toaster', '双槽多士炉', 'home', 'HearthCo', 199.00, 'CNY', 90, 'color=white;slots=2', 'kitchen,appliance,breakfast,吐司机,多士炉', FALSE),
    (231, 'HOM-4037', 'Soy Milk Maker 1.2L', '1.2升家用豆浆机', 'home', 'HearthCo', 359.00, 'CNY', 40, 'capacity_l=1.2', 'kitchen,appliance,breakfast', FALSE),
    (232, 'HOM-4038', 'Electric Hand Mixer', '电动打蛋器', 'home', 'HearthCo', 129.00, 'CNY', 0, 'power_w=300', 'kitchen,appliance,baking,mixer', FALSE),
    (233, 'ELE-3033', 'Clear Shockproof Phone Case', '透明防摔手机壳', 'electronics', 'VoltEdge', 39.00, 'CNY', 400, 'color=clear;fits=6.1-inch', 'case,protection,accessory_of:electronics', FALSE),
    (234, 'ELE-3034', 'Magnetic Silicone Phone Case', '磁吸硅胶手机壳', 'electronics', 'VoltEdge', 99.00, 'CNY', 150, 'color=black;fits=6.1-inch;magnetic=true', 'case,protection,accessory_of:electronics', FALSE),
    (235, 'ELE-3035', 'Leather Flip Phone Case', '真皮翻盖手机壳', 'electronics', 'VoltEdge', 149.00, 'CNY', 60, 'color=brown;material=leather;fits=6.7-inch', 'case,leather,accessory_of:electronics', FALSE);

UPDATE products SET tags = 'toys,building,gift,玩具' WHERE sku = 'KID-7002';
UPDATE products SET tags = 'toys,outdoor,玩具' WHERE sku = 'KID-7006';
UPDATE products SET tags = 'toys,outdoor,玩具,rc car' WHERE sku = 'KID-7012';
UPDATE products SET tags = 'toys,building,玩具' WHERE sku = 'KID-7013';
UPDATE products SET tags = 'toys,outdoor,玩具,儿童滑板车' WHERE sku = 'KID-7014';
UPDATE products SET tags = 'toys,stem,玩具,science kit' WHERE sku = 'KID-7023';
UPDATE products SET tags = 'toys,gift,玩具' WHERE sku = 'KID-7025';
UPDATE products SET tags = 'toys,drawing,玩具' WHERE sku = 'KID-7028';
UPDATE products SET tags = 'denim,stretch,pants,裤子' WHERE sku = 'APP-2004';
UPDATE products SET tags = 'trousers,casual,pants,裤子' WHERE sku = 'APP-2024';
UPDATE products SET tags = 'yoga,women,sportswear,pants,裤子' WHERE sku = 'APP-2018';
UPDATE products SET tags = 'running,sportswear,裤子' WHERE sku = 'APP-2014';
UPDATE products SET tags = 'jacket,outdoor,waterproof,instalments,外套' WHERE sku = 'APP-2001';
UPDATE products SET tags = 'jacket,winter,down,instalments,外套' WHERE sku = 'APP-2002';
UPDATE products SET tags = 'jacket,outdoor,packable,外套' WHERE sku = 'APP-2007';
UPDATE products SET tags = 'coat,winter,wool,instalments,外套' WHERE sku = 'APP-2008';
UPDATE products SET tags = 'jacket,outdoor,instalments,外套' WHERE sku = 'APP-2017';
UPDATE products SET tags = 'coat,winter,down,instalments,外套' WHERE sku = 'APP-2026';
UPDATE products SET tags = 'jacket,ski,waterproof,instalments,外套' WHERE sku = 'APP-2027';
UPDATE products SET tags = 'jacket,denim,casual,外套' WHERE sku = 'APP-2028';
UPDATE products SET tags = 'jacket,rain,waterproof,外套' WHERE sku = 'APP-2032';
UPDATE products SET tags = 'dress,silk,women,instalments,裙子' WHERE sku = 'APP-2006';
UPDATE products SET tags = 'skirt,women,裙子' WHERE sku = 'APP-2025';
UPDATE products SET tags = 'laptop,office,study,instalments,notebook computer' WHERE sku = 'ELE-3011';
UPDATE products SET tags = 'charging,wireless,wireless charger,accessory_of:electronics' WHERE sku = 'ELE-3028';
UPDATE products SET tags = 'kitchen,coffee,appliance,instalments,espresso machine' WHERE sku = 'HOM-4010';
UPDATE products SET tags = 'coffee,milk jug,accessory_of:home' WHERE sku = 'HOM-4019';
UPDATE products SET tags = 'skincare,gift,anti_aging,instalments,skincare set' WHERE sku = 'BEA-6012';
UPDATE products SET tags = 'summer,sandals,flip-flops' WHERE sku = 'SHO-1023';
UPDATE products SET tags = 'cycling,cycling gloves,accessory_of:sports' WHERE sku = 'SPO-5031';
UPDATE products SET tags = 'wearable,safety,instalments,kids smart watch' WHERE sku = 'KID-7008';
UPDATE products SET tags = 'kids_shoes,school,kids shoes,儿童运动鞋' WHERE sku = 'KID-7001';
UPDATE products SET tags = 'kids_shoes,running,kids shoes,儿童运动鞋' WHERE sku = 'KID-7009';
UPDATE products SET tags = 'kids_shoes,rain,waterproof,kids shoes' WHERE sku = 'KID-7010';
UPDATE products SET tags = 'safety,knee pads,accessory_of:kids' WHERE sku = 'KID-7016';
UPDATE products SET tags = 'kids,school,sippy cup' WHERE sku = 'KID-7021';
UPDATE products SET tags = 'jacket,winter,kids_apparel,儿童羽绒服' WHERE sku = 'KID-7003';
UPDATE products SET tags = 'safety,kids helmet,accessory_of:kids' WHERE sku = 'KID-7015';
UPDATE products SET tags = 'appliance,summer,electric fan' WHERE sku = 'HOM-4032';
UPDATE products SET tags = 'air,filters,filter replacement,accessory_of:home' WHERE sku = 'HOM-4021';
UPDATE products SET tags = 'case,earbuds case,earbud case,accessory_of:electronics' WHERE sku = 'ELE-3019';
